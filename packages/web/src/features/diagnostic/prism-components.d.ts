// Prism's language components are side-effect scripts without types of their own.
declare module "prismjs/components/prism-python";

/**
 * @module Standard references cited by the item models' explanations (chapter-level, stable URLs).
 */
import type { ItemReference } from "../items/item";

export const strang = (chapter: string): ItemReference => ({
  title: `Strang, Introduction to Linear Algebra (5th ed.), ${chapter}`,
  url: "https://math.mit.edu/~gs/linearalgebra/",
});

export const mml = (section: string): ItemReference => ({
  title: `Deisenroth, Faisal & Ong, Mathematics for Machine Learning, ${section}`,
  url: "https://mml-book.github.io/",
});

export const calculus1 = (section: string): ItemReference => ({
  title: `OpenStax, Calculus Volume 1, ${section}`,
  url: "https://openstax.org/details/books/calculus-volume-1",
});

export const calculus3 = (section: string): ItemReference => ({
  title: `OpenStax, Calculus Volume 3, ${section}`,
  url: "https://openstax.org/details/books/calculus-volume-3",
});

export const goodfellow = (section: string): ItemReference => ({
  title: `Goodfellow, Bengio & Courville, Deep Learning, ${section}`,
  url: "https://www.deeplearningbook.org/",
});

export const blitzstein = (chapter: string): ItemReference => ({
  title: `Blitzstein & Hwang, Introduction to Probability (2nd ed.), ${chapter}`,
  url: "http://probabilitybook.net/",
});

export const wasserman = (chapter: string): ItemReference => ({
  title: `Wasserman, All of Statistics, ${chapter}`,
  url: "https://doi.org/10.1007/978-0-387-21736-9",
});

export const openintro = (chapter: string): ItemReference => ({
  title: `Diez, Çetinkaya-Rundel & Barr, OpenIntro Statistics (4th ed.), ${chapter}`,
  url: "https://www.openintro.org/book/os/",
});

export const NIST_T_TABLE: ItemReference = {
  title:
    "NIST/SEMATECH e-Handbook of Statistical Methods, 1.3.6.7.2 Critical Values of the Student's t Distribution",
  url: "https://www.itl.nist.gov/div898/handbook/eda/section3/eda3672.htm",
};

export const NIST_SAMPLE_SIZE: ItemReference = {
  title: "NIST/SEMATECH e-Handbook of Statistical Methods, 7.2.2.2 Sample sizes required",
  url: "https://www.itl.nist.gov/div898/handbook/prc/section2/prc222.htm",
};

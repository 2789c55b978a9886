import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover } from "react-aria-components";
import { apiGet } from "../../lib/api";
import type { CatalogList } from "../catalog/catalog-types";
import { useAddCredential } from "./use-wallet";

/**
 * Add a credential: pick the certification from the catalog (a searchable, keyboard-friendly
 * combobox; retired ones included, since people hold them) and the date it was earned — or, for a
 * credential the catalog does not list, type its name, issuer and expiry.
 */
export function AddCredentialForm() {
  const id = useId();
  const add = useAddCredential("/api/wallet/credentials");
  const [freeForm, setFreeForm] = useState(false);
  const [certificationId, setCertificationId] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const catalog = useQuery({
    queryKey: ["catalog", "all"],
    queryFn: ({ signal }) => apiGet<CatalogList>("/api/certifications?status=all", signal),
    staleTime: Number.POSITIVE_INFINITY,
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const earnedOn = String(data.get("earnedOn"));
    const expiresOn = String(data.get("expiresOn") ?? "");
    if (!freeForm && !certificationId) {
      setMissing(true);
      return;
    }
    const body = freeForm
      ? {
          name: String(data.get("name")),
          issuer: String(data.get("issuer")),
          earnedOn,
          ...(expiresOn ? { expiresOn } : {}),
        }
      : { certificationId, earnedOn };
    add.mutate(body, {
      onSuccess: () => {
        form.reset();
        setCertificationId(null);
      },
    });
  }

  return (
    <form className="add-credential" onSubmit={submit} noValidate={false}>
      <fieldset>
        <legend>Add a credential</legend>
        <div className="field">
          <label>
            <input
              type="checkbox"
              checked={freeForm}
              onChange={(event) => setFreeForm(event.currentTarget.checked)}
            />{" "}
            It is not in the catalog
          </label>
        </div>
        {freeForm ? (
          <>
            <div className="field">
              <label htmlFor={`${id}-name`}>Credential name</label>
              <input id={`${id}-name`} name="name" required maxLength={200} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-issuer`}>Issuer</label>
              <input id={`${id}-issuer`} name="issuer" required maxLength={200} />
            </div>
          </>
        ) : (
          <ComboBox
            className="field combobox"
            value={certificationId}
            onChange={(key) => {
              setCertificationId(key === null ? null : String(key));
              setMissing(false);
            }}
            isInvalid={missing}
            isRequired
            // Until the catalog has loaded there is nothing to choose from.
            isDisabled={!catalog.data}
            menuTrigger="focus"
            defaultItems={catalog.data?.certifications ?? []}
          >
            <Label>Certification</Label>
            <div className="combobox-control">
              <Input aria-describedby={missing ? `${id}-missing` : undefined} />
              <Button aria-label="Show certifications">▾</Button>
            </div>
            <Popover className="combobox-popover">
              <ListBox className="combobox-list">
                {(cert: CatalogList["certifications"][number]) => (
                  <ListBoxItem id={cert.id} textValue={cert.name} className="combobox-option">
                    {cert.name}
                    {cert.status.value !== "active" ? ` (${cert.status.value})` : ""}
                  </ListBoxItem>
                )}
              </ListBox>
            </Popover>
            {missing ? (
              <span id={`${id}-missing`} role="alert" className="small notice-error">
                Choose a certification from the list.
              </span>
            ) : null}
          </ComboBox>
        )}
        <div className="field">
          <label htmlFor={`${id}-earned`}>Date earned</label>
          <input id={`${id}-earned`} name="earnedOn" type="date" required />
        </div>
        {freeForm ? (
          <div className="field">
            <label htmlFor={`${id}-expires`}>Expires on (leave empty if it does not expire)</label>
            <input id={`${id}-expires`} name="expiresOn" type="date" />
          </div>
        ) : null}
        <button type="submit" className="button primary" disabled={add.isPending}>
          {add.isPending ? "Adding…" : "Add to wallet"}
        </button>
        {add.error ? (
          <p role="alert" className="notice notice-error">
            Could not add: {add.error.message}
          </p>
        ) : null}
      </fieldset>
    </form>
  );
}

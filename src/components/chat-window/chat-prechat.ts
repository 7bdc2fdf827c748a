import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../base/localize.js';
import type { ChatStrings } from '../../core/chat/strings.js';
import type { ChatPrechat, ChatPrechatField } from '../../core/chat/types.js';

/** The pre-chat form as filled in: each field's value, and a message per field that is not valid. */
export interface PrechatResult {
  values: Record<string, string | boolean>;
  errors: Record<string, string>;
  /** The first field in error, where focus goes. */
  firstError: ChatPrechatField | undefined;
}

/** Reads and checks the pre-chat form with the browser's own constraint validation, in the visitor's words. */
export function readPrechat(
  form: HTMLFormElement,
  fields: readonly ChatPrechatField[],
  localize: LocalizeController<ChatStrings>,
): PrechatResult {
  const errors: Record<string, string> = {};
  const values: Record<string, string | boolean> = {};
  for (const field of fields) {
    const control = form.elements.namedItem(field.name) as
      HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | null;
    if (!control) continue;
    const checked = control instanceof HTMLInputElement && control.type === 'checkbox';
    values[field.name] = checked ? control.checked : control.value.trim();
    const validity = control.validity;
    if (validity.valueMissing || (field.required && !checked && control.value.trim() === ''))
      errors[field.name] = localize.term('required')(field.label);
    else if (validity.typeMismatch && field.type === 'email')
      errors[field.name] = localize.term('invalidEmail')(field.label);
    else if (!validity.valid) errors[field.name] = field.patternMessage ?? localize.term('invalid')(field.label);
  }
  return { values, errors, firstError: fields.find((field) => errors[field.name]) };
}

function renderField(field: ChatPrechatField, error: string | undefined): TemplateResult {
  const id = `prechat-${field.name}`;
  const invalid = error ? 'true' : 'false';
  const describedby = error ? `${id}-error` : nothing;
  let control: TemplateResult;
  switch (field.type) {
    case 'textarea':
      control = html`<textarea
        id=${id}
        name=${field.name}
        rows="3"
        ?required=${field.required}
        maxlength=${field.maxLength ?? nothing}
        aria-invalid=${invalid}
        aria-describedby=${describedby}
      ></textarea>`;
      break;
    case 'select':
      control = html`<select
        id=${id}
        name=${field.name}
        ?required=${field.required}
        aria-invalid=${invalid}
        aria-describedby=${describedby}
      >
        <option value=""></option>
        ${(field.options ?? []).map((option) => html`<option value=${option.value}>${option.label}</option>`)}
      </select>`;
      break;
    default:
      control = html`<input
        id=${id}
        name=${field.name}
        type=${field.type === 'email' || field.type === 'tel' || field.type === 'checkbox' ? field.type : 'text'}
        ?required=${field.required}
        pattern=${field.pattern ?? nothing}
        maxlength=${field.maxLength ?? nothing}
        autocomplete=${field.autocomplete ?? nothing}
        aria-invalid=${invalid}
        aria-describedby=${describedby}
      />`;
  }
  const label = html`<label for=${id}
    >${field.label}${field.required ? html`<span aria-hidden="true"> *</span>` : nothing}</label
  >`;
  return html`<div class="field" data-type=${field.type ?? 'text'}>
    ${field.type === 'checkbox' ? html`${control}${label}` : html`${label}${control}`}
    ${error ? html`<p class="problem" id=${`${id}-error`}>${error}</p>` : nothing}
  </div>`;
}

/** The pre-chat form, labelled by the window's heading, with each field's error under it. */
export function renderPrechat(
  prechat: ChatPrechat,
  errors: Record<string, string>,
  localize: LocalizeController<ChatStrings>,
  onSubmit: (form: HTMLFormElement) => void,
): TemplateResult {
  return html`<form
    part="prechat"
    novalidate
    aria-labelledby="heading"
    @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      onSubmit(event.target as HTMLFormElement);
    }}
  >
    <p>${prechat.intro ?? localize.term('prechatIntro')}</p>
    ${prechat.fields.map((field) => renderField(field, errors[field.name]))}
    <button class="primary" type="submit">${localize.term('prechatSubmit')}</button>
  </form>`;
}

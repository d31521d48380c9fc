/** The shipping address fields, each with its label, autocomplete hint and its own error message. */
import type { AddressDraft, AddressErrors, AddressField } from './address';
import { COUNTRIES } from './countries';
import styles from './AddressFields.module.css';

interface FieldSpec {
  field: AddressField;
  label: string;
  autoComplete: string;
  optional?: boolean;
  wide?: boolean;
}

const FIELDS: readonly FieldSpec[] = [
  { field: 'name', label: 'Full name', autoComplete: 'shipping name', wide: true },
  { field: 'line1', label: 'Address line 1', autoComplete: 'shipping address-line1', wide: true },
  { field: 'line2', label: 'Address line 2', autoComplete: 'shipping address-line2', optional: true, wide: true },
  { field: 'city', label: 'Town or city', autoComplete: 'shipping address-level2' },
  { field: 'postalCode', label: 'Postal code', autoComplete: 'shipping postal-code' },
];

export const fieldId = (field: AddressField): string => `folio-address-${field}`;

export interface AddressFieldsProps {
  value: AddressDraft;
  errors: AddressErrors;
  onChange(field: AddressField, value: string): void;
  onBlur(field: AddressField): void;
  disabled?: boolean;
}

export function AddressFields({ value, errors, onChange, onBlur, disabled }: AddressFieldsProps) {
  const describedBy = (field: AddressField) => (errors[field] ? `${fieldId(field)}-error` : undefined);
  return (
    <fieldset className={styles.fieldset} disabled={disabled}>
      <legend className={styles.sectionHeading}>Shipping address</legend>
      <div className={styles.fields}>
        {FIELDS.map(({ field, label, autoComplete, optional, wide }) => (
          <div key={field} className={`${styles.field} ${wide ? styles.wide : ''}`}>
            <label htmlFor={fieldId(field)} className={styles.label}>
              {label}
              {optional && <span className={styles.optional}> (optional)</span>}
            </label>
            <input
              id={fieldId(field)}
              name={field}
              className={styles.input}
              autoComplete={autoComplete}
              value={value[field]}
              required={!optional}
              aria-invalid={errors[field] ? true : undefined}
              aria-describedby={describedBy(field)}
              onChange={(e) => onChange(field, e.target.value)}
              onBlur={() => onBlur(field)}
            />
            <FieldError field={field} errors={errors} />
          </div>
        ))}
        <div className={styles.field}>
          <label htmlFor={fieldId('country')} className={styles.label}>
            Country
          </label>
          <select
            id={fieldId('country')}
            name="country"
            className={styles.input}
            autoComplete="shipping country"
            value={value.country}
            required
            aria-invalid={errors.country ? true : undefined}
            aria-describedby={describedBy('country')}
            onChange={(e) => onChange('country', e.target.value)}
            onBlur={() => onBlur('country')}
          >
            <option value="">Choose a country</option>
            {COUNTRIES.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
          <FieldError field="country" errors={errors} />
        </div>
      </div>
    </fieldset>
  );
}

function FieldError({ field, errors }: { field: AddressField; errors: AddressErrors }) {
  if (!errors[field]) return null;
  return (
    <p id={`${fieldId(field)}-error`} className={styles.fieldError}>
      <span aria-hidden="true">⚠ </span>
      {errors[field]}
    </p>
  );
}

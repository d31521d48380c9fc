/**
 * The create / edit form. Fields keep what was typed; on Save the whole form is checked by the API's rules
 * (book-form.ts) and every message shows beside its field, the first field in error taking the focus. What the
 * API still refuses (errorInfo.fields) is shown the same way. The cover uploads as soon as it is chosen.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link } from '@folio/config/web/router';
import { GENRES, GENRE_LABELS } from '@folio/config/web/genres';
import { ApiError } from '@folio/config/web/graphql';
import { fieldMessages } from '@folio/config/web/field-messages';
import type { BookInput } from '../api/admin-books';
import { LIMITS } from '@folio/contract/rules/book-input';
import { ERROR_TYPES } from '@folio/contract/errors';
import { CoverField } from '../cover/CoverField';
import { useCoverUpload } from '../cover/use-cover-upload';
import {
  checkBookForm,
  FIELD_ORDER,
  placeApiMessages,
  type BookFormValues,
  type FormErrors,
  type FormField,
} from './book-form';
import { Field } from './Field';
import styles from './BookForm.module.css';

export interface BookFormProps {
  initial: BookFormValues;
  initialCoverKey: string | null;
  /** "Add book", "Save changes". */
  submitLabel: string;
  cancelTo: string;
  /** Saves and leaves the page; throws (an ApiError) if the API refuses. */
  onSave(input: BookInput): Promise<void>;
}

function saveErrorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.errorType === ERROR_TYPES.Unauthorized)
      return 'Your account may not change books. Sign in with an Admin account.';
    if (error.errorType === ERROR_TYPES.NotFound) return 'This book no longer exists: it may have been deleted.';
  }
  return `The book was not saved: ${error instanceof Error ? error.message : 'the store could not be reached'}. Try again.`;
}

const withoutEmpty = (errors: FormErrors): FormErrors =>
  Object.fromEntries(Object.entries(errors).filter(([, message]) => Boolean(message))) as FormErrors;

export function BookForm({ initial, initialCoverKey, submitLabel, cancelTo, onSave }: BookFormProps) {
  const prefix = useId();
  const idOf = (field: FormField) => `${prefix}${field}`;
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>({});
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const cover = useCoverUpload(initialCoverKey);

  // A message about the cover (e.g. the API's "Upload the cover first") is about the cover that was there.
  useEffect(() => setErrors((current) => withoutEmpty({ ...current, cover: undefined })), [cover.key]);

  const focusFirst = (fieldErrors: FormErrors) => {
    const first = FIELD_ORDER.find((field) => fieldErrors[field]);
    if (first) document.getElementById(idOf(first))?.focus();
  };

  /** After a first Save, a field's message follows what is typed in it. */
  const set = <K extends keyof BookFormValues>(field: K, value: BookFormValues[K]) => {
    const next = { ...values, [field]: value };
    setValues(next);
    if (!attempted) return;
    const checked = checkBookForm(next, cover.key);
    setErrors((current) => withoutEmpty({ ...current, [field]: checked.ok ? undefined : checked.errors[field] }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving || cover.uploading) return;
    setAttempted(true);
    setFormError(null);
    const checked = checkBookForm(values, cover.key);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirst(checked.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await onSave(checked.input);
    } catch (error) {
      const fields = fieldMessages(error);
      if (fields) {
        const placed = placeApiMessages(fields);
        setErrors(placed.errors);
        setFormError(placed.unplaced.length ? placed.unplaced.join('. ') : null);
        focusFirst(placed.errors);
      } else {
        setFormError(saveErrorMessage(error));
      }
    } finally {
      setSaving(false);
    }
  };

  const errorCount = Object.keys(errors).length;
  const text = (field: 'title' | 'author' | 'isbn' | 'year' | 'stock' | 'price') => ({
    value: values[field],
    onChange: (event: { target: { value: string } }) => set(field, event.target.value),
  });

  return (
    <form className={styles.form} noValidate onSubmit={submit} aria-label="Book details">
      <div role="alert" className={styles.summaryRegion}>
        {(errorCount > 0 || formError) && (
          <div className={styles.summary}>
            <p className={styles.summaryTitle}>The book was not saved.</p>
            {errorCount > 0 && (
              <p>{errorCount === 1 ? 'Fix the field marked below.' : `Fix the ${errorCount} fields marked below.`}</p>
            )}
            {formError && <p>{formError}</p>}
          </div>
        )}
      </div>

      <div className={styles.layout}>
        <div className={styles.fields}>
          <Field id={idOf('title')} label="Title" error={errors.title}>
            {(control) => <input {...control} {...text('title')} className={styles.input} autoComplete="off" />}
          </Field>
          <Field id={idOf('author')} label="Author" error={errors.author}>
            {(control) => <input {...control} {...text('author')} className={styles.input} autoComplete="off" />}
          </Field>
          <div className={styles.row}>
            <Field id={idOf('genre')} label="Genre" error={errors.genre}>
              {(control) => (
                <select
                  {...control}
                  value={values.genre}
                  onChange={(event) => set('genre', event.target.value)}
                  className={styles.input}
                >
                  <option value="">Choose a genre</option>
                  {GENRES.map((genre) => (
                    <option key={genre} value={genre}>
                      {GENRE_LABELS[genre]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id={idOf('price')} label="Price (USD)" hint="In dollars, e.g. 19.99" error={errors.price}>
              {(control) => (
                <div className={styles.money}>
                  <span className={styles.currency} aria-hidden="true">
                    $
                  </span>
                  <input
                    {...control}
                    {...text('price')}
                    className={styles.input}
                    inputMode="decimal"
                    autoComplete="off"
                  />
                </div>
              )}
            </Field>
            <Field id={idOf('stock')} label="Stock" hint="Copies in the warehouse" error={errors.stock}>
              {(control) => (
                <input
                  {...control}
                  {...text('stock')}
                  className={styles.input}
                  inputMode="numeric"
                  autoComplete="off"
                />
              )}
            </Field>
          </div>
          <div className={styles.row}>
            <Field id={idOf('isbn')} label="ISBN" optional hint="10 or 13 digits; hyphens are fine" error={errors.isbn}>
              {(control) => <input {...control} {...text('isbn')} className={styles.input} autoComplete="off" />}
            </Field>
            <Field id={idOf('year')} label="First published" optional hint="Year, e.g. 1868" error={errors.year}>
              {(control) => (
                <input {...control} {...text('year')} className={styles.input} inputMode="numeric" autoComplete="off" />
              )}
            </Field>
          </div>
          <Field
            id={idOf('description')}
            label="Description"
            optional
            hint={`${values.description.length.toLocaleString('en-US')} of ${LIMITS.descriptionMax.toLocaleString('en-US')} characters`}
            error={errors.description}
          >
            {(control) => (
              <textarea
                {...control}
                value={values.description}
                onChange={(event) => set('description', event.target.value)}
                className={styles.textarea}
                rows={6}
              />
            )}
          </Field>
          <div className={styles.checkField}>
            <input
              id={idOf('featured')}
              type="checkbox"
              checked={values.featured}
              onChange={(event) => set('featured', event.target.checked)}
              className={styles.checkbox}
              aria-describedby={`${idOf('featured')}-hint`}
            />
            <label htmlFor={idOf('featured')}>Featured</label>
            <p id={`${idOf('featured')}-hint`} className={styles.checkHint}>
              Shown on the home page’s Featured shelf.
            </p>
          </div>
        </div>
        <div className={styles.side}>
          <CoverField cover={cover} inputId={idOf('cover')} error={errors.cover} />
        </div>
      </div>

      <div className={styles.actions}>
        <button
          type="submit"
          className={styles.primary}
          disabled={saving || cover.uploading}
          aria-describedby={cover.uploading ? `${prefix}wait` : undefined}
        >
          {saving ? 'Saving…' : submitLabel}
        </button>
        <Link to={cancelTo} className={styles.secondary}>
          Cancel
        </Link>
        {cover.uploading && (
          <p id={`${prefix}wait`} className={styles.hint}>
            Save is available once the cover has uploaded.
          </p>
        )}
      </div>
    </form>
  );
}

/**
 * The cover picker: a real file input (keyboard and screen readers use it as any file input) behind a styled
 * label, inside a zone that also takes a dropped image; a preview of the chosen file, the upload's progress, and
 * why a file was refused.
 */
import { useId, useState, type DragEvent } from 'react';
import { coverUrl } from '@folio/config/web/app-config';
import { COVER_TYPES } from '@folio/contract/rules/covers';
import { COVER_HINT } from './cover-file';
import type { CoverUpload } from './use-cover-upload';
import { useObjectUrl } from './use-object-url';
import { visuallyHidden } from '@folio/config/web/a11y';
import styles from './CoverField.module.css';

const ACCEPT = Object.keys(COVER_TYPES).join(',');

interface CoverFieldProps {
  cover: CoverUpload;
  /** The file input's id (the form focuses it when the cover is in error). */
  inputId: string;
  /** A message about the cover from the form or the API (e.g. "Upload the cover first"). */
  error?: string;
}

export function CoverField({ cover, inputId, error }: CoverFieldProps) {
  const [dragging, setDragging] = useState(false);
  const preview = useObjectUrl(cover.file);
  const hintId = useId();
  const errorId = useId();
  const message = cover.error ?? error;
  const percent = Math.round((cover.progress ?? 0) * 100);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) cover.choose(file);
  };

  return (
    <fieldset className={styles.field}>
      <legend className={styles.legend}>
        Cover <span className={styles.optional}>(optional)</span>
      </legend>
      <div className={styles.preview}>
        {preview ? (
          <img src={preview} alt="Preview of the chosen cover" width={400} height={600} className={styles.image} />
        ) : cover.key ? (
          <img src={coverUrl(cover.key)} alt="Current cover" width={400} height={600} className={styles.image} />
        ) : (
          <div className={styles.empty}>No cover yet</div>
        )}
      </div>
      <div
        className={`${styles.dropZone} ${dragging ? styles.dragging : ''} ${message ? styles.invalid : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="cover-drop-zone"
      >
        <input
          id={inputId}
          type="file"
          accept={ACCEPT}
          className={styles.fileInput}
          aria-describedby={message ? `${errorId} ${hintId}` : hintId}
          aria-invalid={message ? true : undefined}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared, so choosing the same file again (after a failure) is a change too.
            event.target.value = '';
            if (file) cover.choose(file);
          }}
        />
        <label htmlFor={inputId} className={styles.chooseButton}>
          Choose an image
        </label>
        <p className={styles.dropText}>or drop one here</p>
        <p id={hintId} className={styles.hint}>
          {COVER_HINT}
        </p>
      </div>
      {cover.uploading && (
        <div className={styles.progressRow}>
          <progress className={styles.progress} max={100} value={percent} aria-label="Cover upload" />
          <span className={styles.percent} aria-hidden="true">
            {percent}%
          </span>
          <button type="button" className={styles.linkButton} onClick={cover.cancel}>
            Cancel upload
          </button>
        </div>
      )}
      {!cover.uploading && (cover.key || cover.file) && (
        <button type="button" className={styles.linkButton} onClick={cover.remove}>
          Remove cover
        </button>
      )}
      {message && (
        <p id={errorId} className={styles.error}>
          {message}
        </p>
      )}
      <p role="status" className={visuallyHidden}>
        {cover.uploading ? 'Uploading the cover…' : cover.file && cover.key ? 'Cover uploaded.' : ''}
      </p>
    </fieldset>
  );
}

/**
 * The cover picker's state: the key the book will be saved with, the file chosen here (for its preview), and an
 * upload in progress. A file is checked, then uploaded at once, so the key is ready by the time the admin saves;
 * a failed or cancelled upload leaves the cover as it was.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { fieldMessages } from '@folio/config/web/field-messages';
import { coverFileProblem } from './cover-file';
import { isAbort } from './put-file';
import { uploadCover } from './upload-cover';

export interface CoverState {
  /** What the book is saved with (coverKey); null for no cover. */
  key: string | null;
  /** The file chosen here, previewed until another is chosen. Null: the stored cover (key) shows. */
  file: File | null;
  /** Fraction sent, 0 to 1, while uploading; null otherwise. */
  progress: number | null;
  error: string | null;
}

export interface CoverUpload extends CoverState {
  uploading: boolean;
  choose(file: File): void;
  cancel(): void;
  remove(): void;
}

function messageOf(error: unknown): string {
  const fields = fieldMessages(error);
  if (fields) {
    const first = Object.values(fields)[0];
    if (first) return `The cover was refused: ${first}.`;
  }
  return error instanceof Error ? error.message : 'The cover could not be uploaded. Try again.';
}

export function useCoverUpload(initialKey: string | null): CoverUpload {
  const [state, setState] = useState<CoverState>({ key: initialKey, file: null, progress: null, error: null });
  const current = useRef(state);
  current.current = state;
  const controller = useRef<AbortController | null>(null);
  // What the cover was before the upload under way, to go back to if it fails or is cancelled.
  const before = useRef<Pick<CoverState, 'key' | 'file'>>({ key: initialKey, file: null });

  useEffect(() => () => controller.current?.abort(), []);

  const choose = useCallback((file: File) => {
    const problem = coverFileProblem(file);
    if (problem) {
      setState((s) => ({ ...s, error: problem }));
      return;
    }
    // A new choice during an upload replaces it: the cover to go back to is still the one from before it.
    if (current.current.progress === null) before.current = { key: current.current.key, file: current.current.file };
    controller.current?.abort();
    const mine = new AbortController();
    controller.current = mine;
    setState({ ...before.current, file, progress: 0, error: null });
    uploadCover(file, {
      signal: mine.signal,
      onProgress: (progress) => controller.current === mine && setState((s) => ({ ...s, progress })),
    }).then(
      ({ key }) => {
        if (controller.current !== mine) return;
        controller.current = null;
        setState({ key, file, progress: null, error: null });
      },
      (error: unknown) => {
        if (controller.current !== mine) return;
        controller.current = null;
        setState({ ...before.current, progress: null, error: isAbort(error) ? null : messageOf(error) });
      },
    );
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);

  const remove = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setState({ key: null, file: null, progress: null, error: null });
  }, []);

  return { ...state, uploading: state.progress !== null, choose, cancel, remove };
}

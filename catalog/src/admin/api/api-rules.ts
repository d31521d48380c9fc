/**
 * The API's own validation rules and cover limits, imported from the backend's source (pure modules: no AWS or
 * Node imports), so the admin form checks exactly what createBook / updateBook / createCoverUpload check, with
 * the same messages, and cannot drift from them. The bundle takes the rules (~1 KB), not the backend.
 */
export { checkCreateBook, LIMITS, type BookFields, type FieldErrors } from '../../../../backend/catalog/book-input';
export { COVER_TYPES, MAX_COVER_BYTES, isCoverType, type CoverType } from '../../../../backend/catalog/covers';

/** The class of text read by screen readers but not shown (config/web/base.css, on every page of every app). */
export const visuallyHidden = 'folio-visually-hidden';

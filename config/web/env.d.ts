/** Module types the four front-end apps share. (Plain `import './x.css'` needs none: it is a side-effect import.) */
declare module '*.module.css' {
  const classes: Readonly<Record<string, string>>;
  export default classes;
}

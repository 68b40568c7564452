// The dictionary modules of opencc-js (a string each: `T S|T S|…`), which ship without type declarations.
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}

// The stopword package ships no types; the garden uses only its English list.
declare module 'stopword' {
  export const eng: readonly string[];
}

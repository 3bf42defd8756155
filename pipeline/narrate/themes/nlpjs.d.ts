/**
 * The parts of nlp.js's language packages that debrief uses (they ship no
 * types): per language a tokenizer, a Snowball stemmer and a stop-word list.
 */
interface NlpjsTokenizer {
  /** Splits a text into words; `normalize` false keeps case and accents. */
  tokenize(text: string, normalize?: boolean): string[];
}
interface NlpjsStemmer {
  /** The stem of one lower-case word. */
  stemWord(word: string): string;
}
interface NlpjsStopwords {
  /** Stop word → true. */
  dictionary: Record<string, boolean>;
}
type NlpjsClass<T> = new () => T;

declare module '@nlpjs/lang-en-min/src/tokenizer-en.js' { const C: NlpjsClass<NlpjsTokenizer>; export default C; }
declare module '@nlpjs/lang-en-min/src/stemmer-en.js' { const C: NlpjsClass<NlpjsStemmer>; export default C; }
declare module '@nlpjs/lang-en-min/src/stopwords-en.js' { const C: NlpjsClass<NlpjsStopwords>; export default C; }
declare module '@nlpjs/lang-fr/src/tokenizer-fr.js' { const C: NlpjsClass<NlpjsTokenizer>; export default C; }
declare module '@nlpjs/lang-fr/src/stemmer-fr.js' { const C: NlpjsClass<NlpjsStemmer>; export default C; }
declare module '@nlpjs/lang-fr/src/stopwords-fr.js' { const C: NlpjsClass<NlpjsStopwords>; export default C; }
declare module '@nlpjs/lang-es/src/tokenizer-es.js' { const C: NlpjsClass<NlpjsTokenizer>; export default C; }
declare module '@nlpjs/lang-es/src/stemmer-es.js' { const C: NlpjsClass<NlpjsStemmer>; export default C; }
declare module '@nlpjs/lang-es/src/stopwords-es.js' { const C: NlpjsClass<NlpjsStopwords>; export default C; }

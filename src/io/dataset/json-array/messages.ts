/** Messages of the JSON-array dataset reader (`.json`: one array of row objects). */
export const jsonArrayMessages = {
  tooLarge: (path: string, limit: number) =>
    `${path} is larger than ${limit / 1024 / 1024} MiB, the most a JSON array dataset is read whole`,
  tooLargeHint: (path: string) =>
    `convert it to JSON Lines, which is streamed at any size: jq -c '.[]' ${path} > ${path.replace(/\.json$/i, '')}.jsonl`,
  notArray: (found: string) => `the file holds ${found}, not a JSON array of row objects`,
  notArrayHint: () => 'write [{"age": 31, "country": "FR"}, …], or one object per line as JSON Lines (.jsonl)',
  elementNotObject: (index: number, kind: string) =>
    `element ${index + 1} of the array is a JSON ${kind}, not an object`,
  elementNotObjectHint: () => 'each element is one row: an object of column → value',
  unterminated: () => 'the array is not closed: the file ends inside it',
  unterminatedHint: () => 'check that the file was written completely (a closing ] is missing)',
  invalidJson: (parserMessage: string) => `element is not valid JSON: ${parserMessage}`,
  invalidUtf8: () => 'the file is not valid UTF-8',
}

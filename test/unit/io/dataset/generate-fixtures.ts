/**
 * Writes the edge-case dataset fixtures at the top level of fixtures/datasets/ (committed; run again with
 * `npx tsx test/unit/io/dataset/generate-fixtures.ts` after changing it). Text fixtures are spelled out
 * byte for byte here so that a reader sees exactly what each file holds.
 */
import { writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { parquetWriteFile } from 'hyparquet-writer'

const dir = fileURLToPath(new URL('../../../../fixtures/datasets/', import.meta.url))
const write = (name: string, content: string | Uint8Array): void => writeFileSync(dir + name, content)

const small = 'id,name,score,active\n1,alice,0.5,true\n2,"bob, jr",NA,false\n3,"",,yes\n'
write('small.csv', small)
write('small.csv.gz', gzipSync(small))
write('small.tsv', 'id\tname\tscore\n1\talice\t0.5\n2\t"tab\there"\t\n')
write('bom-crlf.csv', '\uFEFFid,text\r\n1,"line one\r\nline two"\r\n2,"say ""hi"""\r\n3,last')
write('quoted-multiline.csv', 'id,comment\n1,"first\nsecond\nthird"\n2,plain\n3,"a\n\nb"\n4,end\n')
write('null-values.csv', 'a,b\nNA,"NA"\nN/A,null\nNULL,NaN\nnan,""\n,x\nna,None\n')
write('blank-lines.csv', 'a,b\n1,2\n\n3,4\r\n\r\n5,6\n\n')
write('header-only.csv', 'id,name,score\n')
write('empty.csv', '')
write('ragged.csv', 'id,name,score\n1,a,0.1\n2,"b\nb",0.2\n3,c\n4,d,0.4\n')
write('unterminated-quote.csv', 'id,name\n1,ok\n2,"never closed\n3,more\n')
write('text-after-quote.csv', 'id,name\n1,"quoted"tail\n')
write('duplicate-header.csv', 'id,name,id\n1,a,2\n')
write('empty-header.csv', 'id,,score\n1,a,2\n')
write(
  'invalid-utf8.csv',
  Buffer.concat([Buffer.from('id,name\n1,ok\n2,caf'), Buffer.from([0xe9]), Buffer.from(',x\n')]),
)
write('corrupt.csv.gz', gzipSync(small).subarray(0, 20))

write(
  'small.jsonl',
  '{"id":1,"name":"alice","score":0.5,"tags":["a","b"]}\n\n{"id":2,"name":null,"extra":{"k":1}}\r\n{"name":"carol","id":3}\n',
)
write('small.jsonl.gz', gzipSync('{"id":1}\n{"id":2}\n'))
write('bad-json.jsonl', '{"id":1}\n{"id":2,}\n')
write('not-object.jsonl', '{"id":1}\n\n[1,2]\n')
write('empty.jsonl', '\n\n')

parquetWriteFile({
  filename: dir + 'small.parquet',
  columnData: [
    { name: 'id', data: [1n, 2n, 3n, 4n, 5n], type: 'INT64' },
    { name: 'name', data: ['alice', 'bob', null, 'dave', 'eve'], type: 'STRING' },
    { name: 'score', data: [0.5, 1.25, null, -2, 3], type: 'DOUBLE' },
    { name: 'active', data: [true, false, true, null, false], type: 'BOOLEAN' },
    {
      name: 'at',
      data: [
        new Date('2024-01-02T03:04:05.000Z'),
        null,
        new Date(0),
        new Date(86_400_000),
        new Date('2026-11-23T00:00:00.000Z'),
      ],
      type: 'TIMESTAMP',
    },
  ],
  rowGroupSize: 2,
})
write('corrupt.parquet', Buffer.from('PAR1 this is not a parquet file PAR1'))

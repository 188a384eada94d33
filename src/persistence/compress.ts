/**
 * Automatic backups are whole snapshots; JSON of a long history compresses about tenfold with gzip, which
 * every current browser (and Node) does natively through CompressionStream. Where it is missing the text is
 * kept as it is.
 */
export type Packed = { encoding: 'gzip'; data: Uint8Array } | { encoding: 'json'; data: string }

const hasStreams = () => typeof CompressionStream === 'function' && typeof DecompressionStream === 'function' && typeof Response === 'function'

export async function pack(text: string): Promise<Packed> {
  if (!hasStreams()) return { encoding: 'json', data: text }
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))
  return { encoding: 'gzip', data: new Uint8Array(await new Response(stream).arrayBuffer()) }
}

export async function unpack(packed: Packed): Promise<string> {
  if (packed.encoding === 'json') return packed.data
  const stream = new Blob([packed.data as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'))
  return new Response(stream).text()
}

export const packedBytes = (packed: Packed) => (packed.encoding === 'gzip' ? packed.data.byteLength : packed.data.length)

// A typed use of the package, compiled by `tsc --noEmit -p tests/types`
// (build-scripts/test): every field a caller reads must be in
// web/annotator.d.ts with the type the annotator gives it. Never run.
import { createAnnotator } from "article-annotator";
import type { AnnotationResult, EntityType, Quote, Range, Span, Speaker } from "article-annotator";

const annotator = await createAnnotator({ memoryLimitBytes: 96 * 1024 * 1024 });
const text = "“We will rebuild,” said Mayor Ana Ruiz of Harbour City on Monday.";
const result: AnnotationResult = annotator.annotate(text, { offsets: "utf16" });
const version: string = annotator.version;
const limit: number = annotator.maxTextBytes;
const held: number = annotator.memoryBytes;
const again = await createAnnotator({ wasmModule: await WebAssembly.compile(new Uint8Array(0)) });
const againLimit: number = again.maxTextBytes;

const quote: Quote | undefined = result.quotes[0];
if (quote) {
  const inside: Range = quote.content;
  const words: string = text.slice(quote.content.start, quote.content.end);
  const speaker: Speaker | null = quote.speaker;
  const who: string = speaker ? speaker.text : "unknown";
  const speakerEntity: number | null = speaker?.entity ?? null;
  const cue: Span | null = quote.cue;
  console.log(
    inside,
    words,
    who,
    speakerEntity,
    cue?.text,
    quote.kind satisfies "direct" | "mixed" | "indirect" | "scare",
  );
}

for (const entity of result.entities) {
  const type: EntityType = entity.type;
  const mentions: string[] = entity.mentions.map((index) => result.mentions[index]!.text);
  console.log(entity.id, entity.name, type, entity.salience.toFixed(2), mentions);
}
for (const mention of result.mentions) {
  const id: number | null = mention.entity;
  console.log(mention.start, mention.end, mention.text, mention.type, id, mention.boilerplate);
}
const headline: string | null = result.title?.text ?? null;
const clutter: string[] = result.boilerplate.map((block) => `${block.kind}@${block.start}-${block.end}`);
const counts: number[] = [result.sentences.length, result.paragraphs.length];
console.log(version, limit, headline, clutter, counts);

// @ts-expect-error: a field the result does not have is a type error.
console.log(result.quotes[0]?.speakerName);

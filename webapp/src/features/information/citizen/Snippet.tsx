import type { SnippetPart } from '../../../api/information';

/**
 * A search snippet from the API's parts: matches in <mark>, everything else as text. React escapes every part, so
 * nothing the register holds can become markup (no dangerouslySetInnerHTML).
 */
export function Snippet({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <p className="snippet">
      {parts.map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </p>
  );
}

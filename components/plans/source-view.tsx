/** The markdown source with line numbers, as text (never rendered as HTML). */
export function SourceView({ text, maxLines = 4000 }: { text: string; maxLines?: number }) {
  const lines = text.split(/\r\n|\r|\n/);
  const shown = lines.slice(0, maxLines);
  return (
    <div
      className="max-h-[70vh] overflow-auto rounded-md bg-slate-950 py-3 text-xs leading-5 text-slate-200"
      data-testid="source-view"
    >
      <table className="font-mono">
        <tbody>
          {shown.map((line, i) => (
            <tr key={i}>
              <td className="w-10 pr-3 pl-3 text-right align-top text-slate-500 select-none">{i + 1}</td>
              <td className="pr-4 whitespace-pre-wrap break-all">{line || " "}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {lines.length > maxLines ? (
        <p className="px-4 pt-2 text-slate-500">… {lines.length - maxLines} more lines</p>
      ) : null}
    </div>
  );
}

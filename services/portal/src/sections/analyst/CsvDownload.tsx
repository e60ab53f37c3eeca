import { useEffect, useState } from 'react';
import { useMutation } from '../../api/use-mutation';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Button } from '../../components/content';

const EXPORT = `query ExportFigures($query: ExportQueryInput!) { exportCsv(query: $query) { fileName contentType csv } }`;

interface CsvExport {
  exportCsv: { fileName: string; contentType: string; csv: string };
}

/**
 * Exports the table on screen as CSV, suppressed exactly as shown, then offers the file as an ordinary download
 * link. The file is made in the browser from the API's text, so nothing else is fetched when it is saved.
 */
export function CsvDownload({ query, what }: { query: Record<string, unknown>; what: string }) {
  const exporter = useMutation<CsvExport>(EXPORT);
  const [file, setFile] = useState<{ url: string; name: string } | undefined>();
  const key = JSON.stringify(query);

  // A file prepared for other filters would be the wrong figures: drop it when they change.
  useEffect(() => {
    setFile(undefined);
  }, [key]);
  useEffect(() => () => file && URL.revokeObjectURL(file.url), [file]);

  const prepare = async () => {
    const result = await exporter.run({ query: JSON.parse(key) as Record<string, unknown> });
    if (!result) return;
    const blob = new Blob([result.exportCsv.csv], { type: result.exportCsv.contentType });
    setFile({ url: URL.createObjectURL(blob), name: result.exportCsv.fileName });
  };

  return (
    <div className="nhsuk-u-margin-bottom-5">
      {exporter.error && <ErrorSummary problems={exporter.error.problems} />}
      {file ? (
        <p className="nhsuk-body" role="status">
          <a href={file.url} download={file.name}>
            Download {what} as CSV ({file.name})
          </a>
        </p>
      ) : (
        <Button type="button" secondary disabled={exporter.running} onClick={() => void prepare()}>
          Export {what} as CSV
        </Button>
      )}
    </div>
  );
}

import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { Button, SuccessBanner } from '../../components/content';
import { Select, TextInput } from '../../components/fields';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { usePerson } from '../../session/session-context';
import { scopeInput, scopeOptions } from './filters';
import { NoScopes } from './NoScopes';
import { PLACES, type Places } from './places';
import { distinctProblems, fieldErrors } from './problems';
import { analystSection } from './section';
import { PROGRAMME_OPTIONS } from '../../words/programmes';

const EVIDENCE_PACK = `query EvidencePack($scope: AnalyticsScopeInput!, $programme: AnalyticsProgramme!, $year: Int!) { evidencePack(scope: $scope, programme: $programme, year: $year) { fileName html pdfBase64 } }`;
const FIELD_IDS = { scope: 'scope', programme: 'programme', year: 'year' };

interface Pack {
  evidencePack: { fileName: string; html: string; pdfBase64: string };
}

export function EvidencePackPage() {
  const places = useQuery<Places>(PLACES);
  return <QueryView state={places} what="your organisations">{(data) => <EvidencePack places={data} />}</QueryView>;
}

function pdfBlob(base64: string): Blob {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  return new Blob([bytes], { type: 'application/pdf' });
}

const htmlName = (fileName: string): string => fileName.replace(/\.pdf$/i, '') + '.html';

function EvidencePack({ places }: { places: Places }) {
  const person = usePerson();
  const scopes = useMemo(() => scopeOptions(person.roles, places.organisations, places.consortia), [person.roles, places]);
  const [form, setForm] = useState({ scope: scopes[0]?.value ?? '', programme: 'GENERAL', year: String(new Date().getFullYear()) });
  const [yearError, setYearError] = useState<string | undefined>();
  const generate = useMutation<Pack>(EVIDENCE_PACK);
  const [files, setFiles] = useState<{ pdf: string; html: string; name: string } | undefined>();
  useEffect(
    () => () => {
      if (files) {
        URL.revokeObjectURL(files.pdf);
        URL.revokeObjectURL(files.html);
      }
    },
    [files],
  );
  if (!scopes.length) return <NoScopes title="Evidence pack" />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFiles(undefined);
    const year = Number(form.year);
    if (!/^\d{4}$/.test(form.year.trim())) {
      setYearError('Enter the year as 4 digits, for example 2026');
      return;
    }
    setYearError(undefined);
    const result = await generate.run({ scope: scopeInput({ scope: form.scope, site: '', directorate: '', staffGroup: '' }), programme: form.programme, year });
    if (!result) return;
    const pack = result.evidencePack;
    setFiles({ pdf: URL.createObjectURL(pdfBlob(pack.pdfBase64)), html: URL.createObjectURL(new Blob([pack.html], { type: 'text/html' })), name: pack.fileName });
  };
  const problems = yearError ? [{ message: yearError, code: 'BAD_USER_INPUT', field: 'year' }] : distinctProblems(generate.error?.problems ?? []);
  const errors = fieldErrors(problems, FIELD_IDS);
  return (
    <Page title="Evidence pack" section={analystSection} problems={problems} fieldIds={FIELD_IDS}>
      <p className="nhsuk-body">A programme’s evidence for a calendar year against the ISMCP themes, made from the event history. Every figure in it is suppressed as on screen.</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Select id="scope" label="Organisation or consortium" error={errors.scope} value={form.scope} onChange={(event) => setForm({ ...form, scope: event.target.value })} options={scopes} />
        <Select id="programme" label="Programme" error={errors.programme} value={form.programme} onChange={(event) => setForm({ ...form, programme: event.target.value })} options={PROGRAMME_OPTIONS} />
        <TextInput id="year" label="Year" hint="For example, 2026" inputMode="numeric" width={4} error={errors.year} value={form.year} onChange={(event) => setForm({ ...form, year: event.target.value })} />
        <Button disabled={generate.running}>{generate.running ? 'Making the evidence pack…' : 'Make the evidence pack'}</Button>
      </form>
      {files && (
        <SuccessBanner>
          <p>The evidence pack is ready.</p>
          <ul className="nhsuk-list">
            <li>
              <a href={files.pdf} download={files.name}>
                Download the evidence pack (PDF)
              </a>
            </li>
            <li>
              <a href={files.html} download={htmlName(files.name)}>
                Download the evidence pack (web page)
              </a>
            </li>
          </ul>
        </SuccessBanner>
      )}
    </Page>
  );
}

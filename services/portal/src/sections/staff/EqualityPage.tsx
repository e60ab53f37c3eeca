import { useEffect, useState, type FormEvent } from 'react';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { Button, InsetText, SuccessBanner, SummaryList } from '../../components/content';
import { Radios } from '../../components/fields';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { ETHNICITIES, labelOf } from './coaching-words';
import { staffSection } from './section';

interface EqualityMonitoring {
  ethnicity: string | null;
  objecting: boolean;
  organisationLawfulBasis: string | null;
}

const FIELDS = 'ethnicity objecting organisationLawfulBasis';
const MINE = `query MyEqualityMonitoring { myEqualityMonitoring { ${FIELDS} } }`;
const RECORD = `mutation RecordMyEthnicity($ethnicity: Ethnicity!) { recordMyEthnicity(ethnicity: $ethnicity) { ${FIELDS} } }`;
const OBJECT = `mutation Object($objecting: Boolean!) { objectToSpecialCategoryAnalysis(objecting: $objecting) { ${FIELDS} } }`;

/** Optional: the person's own ethnicity and whether it may be analysed; nobody else can read it. */
export function EqualityPage() {
  const state = useQuery<{ myEqualityMonitoring: EqualityMonitoring }>(MINE);
  const record = useMutation<unknown>(RECORD);
  const object = useMutation<unknown>(OBJECT);
  const [ethnicity, setEthnicity] = useState('');
  const [objecting, setObjecting] = useState('');
  const [missing, setMissing] = useState(false);
  const [done, setDone] = useState<string | undefined>();
  const current = state.status === 'ready' ? state.data.myEqualityMonitoring : undefined;

  useEffect(() => {
    if (!current) return;
    setEthnicity(current.ethnicity ?? '');
    setObjecting(current.objecting ? 'yes' : 'no');
  }, [current]);

  const saveEthnicity = async (event: FormEvent) => {
    event.preventDefault();
    setDone(undefined);
    setMissing(!ethnicity);
    if (!ethnicity) return;
    if (await record.run({ ethnicity })) {
      setDone('Your answer is saved.');
      state.reload();
    }
  };

  const saveObjection = async (event: FormEvent) => {
    event.preventDefault();
    setDone(undefined);
    if (await object.run({ objecting: objecting === 'yes' })) {
      setDone(objecting === 'yes' ? 'Your ethnicity will be left out of all analysis.' : 'Your ethnicity may be counted in anonymous figures.');
      state.reload();
    }
  };

  const problems = missing ? [{ field: 'ethnicity', message: 'Select your ethnic group, or prefer not to say', code: 'BAD_USER_INPUT' }] : [...(record.error?.problems ?? []), ...(object.error?.problems ?? [])];
  return (
    <Page title="Equality monitoring" section={staffSection} problems={problems} fieldIds={{ ethnicity: 'ethnicity', objecting: 'objecting' }}>
      <p className="nhsuk-body">Answering is optional. It helps the programme check that everyone has a fair chance of support.</p>
      <InsetText>
        <p>Only you can read or change your answer. Figures are only ever reported in anonymous totals, and you can ask for your answer to be left out of them completely.</p>
      </InsetText>
      {done && <SuccessBanner>{done}</SuccessBanner>}
      <QueryView state={state} what="your answers">
        {(data) => (
          <>
            <SummaryList
              rows={[
                { key: 'Your ethnic group', value: data.myEqualityMonitoring.ethnicity ? labelOf(ETHNICITIES, data.myEqualityMonitoring.ethnicity) : 'Not answered' },
                { key: 'Left out of analysis', value: data.myEqualityMonitoring.objecting ? 'Yes' : 'No' },
                { key: "Your organisation's lawful basis", value: data.myEqualityMonitoring.organisationLawfulBasis ?? 'None recorded: your organisation does not analyse ethnicity' },
              ]}
            />
            <form noValidate onSubmit={(event) => void saveEthnicity(event)}>
              <Radios id="ethnicity" legend="What is your ethnic group?" options={ETHNICITIES} value={ethnicity} onChange={setEthnicity} error={problems.find((problem) => problem.field === 'ethnicity')?.message} />
              <Button disabled={record.running}>Save my answer</Button>
            </form>
            <form noValidate onSubmit={(event) => void saveObjection(event)}>
              <Radios
                id="objecting"
                legend="Should your ethnicity be left out of all analysis, even anonymous totals?"
                options={[
                  { value: 'no', label: 'No, it may be counted in anonymous totals' },
                  { value: 'yes', label: 'Yes, leave it out' },
                ]}
                value={objecting}
                onChange={setObjecting}
              />
              <Button secondary disabled={object.running}>
                Save my choice
              </Button>
            </form>
          </>
        )}
      </QueryView>
    </Page>
  );
}

import { useMemo, useState, type FormEvent } from 'react';
import type { Problem } from '../../api/api-error';
import { useMutation, type MutationState } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { ACTION_HEADER, Button, InsetText, Loading, SuccessBanner, Table } from '../../components/content';
import { Select, TextInput } from '../../components/fields';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import type { Role, RoleGrant } from '../../session/roles';
import { usePerson } from '../../session/session-context';
import { grantableRoles, grantScopes, ROLE_LABELS, rolesIn, type GrantScope } from './admin-scopes';
import { DIRECTORY, type Directory } from './directory';
import { roleChangeProblems, type RoleChange } from './role-refusals';
import { adminSection } from './section';

const PEOPLE = `query PeopleToGrant($organisationId: ID!, $search: String) {
  people(organisationId: $organisationId, filter: { search: $search, status: ACTIVE }, first: 20) { totalCount edges { node { id givenName familyName jobTitle roles { role scopeKind scopeId } } } }
}`;
const PERSON_FIELDS = 'id givenName familyName jobTitle roles { role scopeKind scopeId }';
const GRANT = `mutation GrantRole($personId: ID!, $role: Role!, $scopeKind: ScopeKind!, $scopeId: ID!) { grantRole(personId: $personId, role: $role, scopeKind: $scopeKind, scopeId: $scopeId) { ${PERSON_FIELDS} } }`;
const REVOKE = `mutation RevokeRole($personId: ID!, $role: Role!, $scopeKind: ScopeKind!, $scopeId: ID!) { revokeRole(personId: $personId, role: $role, scopeKind: $scopeKind, scopeId: $scopeId) { ${PERSON_FIELDS} } }`;

interface Person {
  id: string;
  givenName: string;
  familyName: string;
  jobTitle: string;
  roles: RoleGrant[];
}
interface PeopleReply {
  people: { totalCount: number; edges: { node: Person }[] };
}

export function RolesPage() {
  const directory = useQuery<Directory>(DIRECTORY);
  return <QueryView state={directory} what="organisations">{(data) => <Roles directory={data} />}</QueryView>;
}

function Roles({ directory }: { directory: Directory }) {
  const me = usePerson();
  const scopes = useMemo(() => grantScopes(me.roles, directory.organisations, directory.consortia), [me.roles, directory]);
  const [scopeValue, setScopeValue] = useState(scopes[0]?.value ?? '');
  const scope = scopes.find((candidate) => candidate.value === scopeValue);
  const [organisationId, setOrganisationId] = useState(scope?.organisations[0]?.id ?? '');
  const [search, setSearch] = useState('');
  const [searched, setSearched] = useState<{ organisationId: string; search: string } | undefined>();
  const [person, setPerson] = useState<Person | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const people = useQuery<PeopleReply>(PEOPLE, searched ?? {}, { skip: !searched });
  const grant = useMutation<{ grantRole: Person }>(GRANT);
  const revoke = useMutation<{ revokeRole: Person }>(REVOKE);
  const [roleMissing, setRoleMissing] = useState(false);
  const [attempted, setAttempted] = useState<RoleChange | undefined>();

  if (!scope) {
    return (
      <Page title="Roles" section={adminSection}>
        <InsetText>
          <p>You do not administer an organisation or consortium, so you cannot grant roles.</p>
        </InsetText>
      </Page>
    );
  }

  const chooseScope = (value: string) => {
    const next = scopes.find((candidate) => candidate.value === value);
    setScopeValue(value);
    setOrganisationId(next?.organisations[0]?.id ?? '');
    setSearched(undefined);
    setPerson(undefined);
    setDone(undefined);
  };
  const find = (event: FormEvent) => {
    event.preventDefault();
    setPerson(undefined);
    setDone(undefined);
    setSearched({ organisationId, search: search.trim() });
  };
  const problems: Problem[] = [
    ...(people.status === 'failed' && searched ? people.error.problems : []),
    ...(person && roleMissing ? [{ message: 'Select a role to grant', code: 'REQUIRED', field: 'role' }] : []),
    ...(person ? roleChangeProblems([...(grant.error?.problems ?? []), ...(revoke.error?.problems ?? [])], attempted) : []),
  ];

  return (
    <Page title="Roles" section={adminSection} problems={problems} fieldIds={{ role: 'role' }}>
      <p className="nhsuk-body">Grant or revoke a role for someone in an organisation or consortium you administer. Find the person first.</p>
      <Select id="grant-scope" label="Roles in" value={scopeValue} onChange={(event) => chooseScope(event.target.value)} options={scopes.map((candidate) => ({ value: candidate.value, label: `${candidate.label} (${candidate.kind === 'CONSORTIUM' ? 'consortium' : 'organisation'})` }))} />
      <form onSubmit={find} noValidate>
        <fieldset className="nhsuk-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">Find a person</legend>
          {scope.organisations.length > 1 && (
            <Select id="organisationId" label="Organisation they work for" value={organisationId} onChange={(event) => setOrganisationId(event.target.value)} options={scope.organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))} />
          )}
          <TextInput id="search" label="Name, email or job title" value={search} onChange={(event) => setSearch(event.target.value)} width={30} />
        </fieldset>
        <Button secondary>Search</Button>
      </form>
      {searched && people.status === 'loading' && <Loading what="people" />}
      {searched && people.status === 'ready' && !person && <PeopleResults reply={people.data} scope={scope} onChoose={(chosen) => { setPerson(chosen); setDone(undefined); setRoleMissing(false); grant.clearError(); revoke.clearError(); }} />}
      {person && <PersonRoles key={person.id} person={person} scope={scope} done={done} grant={grant} revoke={revoke} missing={roleMissing} setMissing={setRoleMissing} apiRoleError={problems.find((problem) => problem.field === 'role' && problem.code !== 'REQUIRED')?.message} onAttempt={(role) => setAttempted({ role, personName: `${person.givenName} ${person.familyName}`, scopeLabel: scope.label })} onSettled={people.reload} onChanged={(updated, message) => { setPerson(updated); setDone(message); }} onBack={() => setPerson(undefined)} />}
    </Page>
  );
}

const roleList = (grants: readonly RoleGrant[]): string => grants.map((grant) => ROLE_LABELS[grant.role]).join(', ') || 'None';

function PeopleResults({ reply, scope, onChoose }: { reply: PeopleReply; scope: GrantScope; onChoose: (person: Person) => void }) {
  const found = reply.people.edges.map((edge) => edge.node);
  if (!found.length) return <p className="nhsuk-body">Nobody matches that search. Try part of their name or their job title.</p>;
  return (
    <Table
      caption={`People found${reply.people.totalCount > found.length ? ` (first ${found.length} of ${reply.people.totalCount}; narrow the search to see others)` : ''}`}
      head={['Name', 'Job title', `Roles in ${scope.label}`, ACTION_HEADER]}
      rowHeaders
      rowKeys={found.map((person) => person.id)}
      rows={found.map((person) => [
        `${person.givenName} ${person.familyName}`,
        person.jobTitle,
        roleList(rolesIn(person.roles, scope)),
        <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0" onClick={() => onChoose(person)}>
          Change roles<span className="nhsuk-u-visually-hidden"> for {`${person.givenName} ${person.familyName}`}</span>
        </button>,
      ])}
    />
  );
}

interface PersonRolesProps {
  person: Person;
  scope: GrantScope;
  done: string | undefined;
  grant: MutationState<{ grantRole: Person }>;
  revoke: MutationState<{ revokeRole: Person }>;
  missing: boolean;
  setMissing: (missing: boolean) => void;
  apiRoleError: string | undefined;
  onAttempt: (role: Role) => void;
  /** After any change, made or refused: the people found show their roles as they are now when the admin goes back. */
  onSettled: () => void;
  onChanged: (person: Person, message: string) => void;
  onBack: () => void;
}

function PersonRoles({ person, scope, done, grant, revoke, missing, setMissing, apiRoleError, onAttempt, onSettled, onChanged, onBack }: PersonRolesProps) {
  const [role, setRole] = useState<Role | ''>('');
  const name = `${person.givenName} ${person.familyName}`;
  const held = rolesIn(person.roles, scope);
  const scopeArgs = { personId: person.id, scopeKind: scope.kind, scopeId: scope.id };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!role) {
      setMissing(true);
      return;
    }
    setMissing(false);
    onAttempt(role);
    const result = await grant.run({ ...scopeArgs, role });
    onSettled();
    if (!result) return;
    // The role just granted leaves the choices: kept chosen, the blank select would grant it again.
    setRole('');
    onChanged(result.grantRole, `${name} is now ${ROLE_LABELS[role].toLowerCase()} in ${scope.label}.`);
  };
  const revokeRole = async (revoked: Role) => {
    onAttempt(revoked);
    const result = await revoke.run({ ...scopeArgs, role: revoked });
    onSettled();
    if (result) onChanged(result.revokeRole, `${name} is no longer ${ROLE_LABELS[revoked].toLowerCase()} in ${scope.label}.`);
  };

  return (
    <section className="nhsuk-u-margin-top-5">
      {done && <SuccessBanner>{done}</SuccessBanner>}
      <h2>
        {name}
        <span className="nhsuk-caption-m">{person.jobTitle}</span>
      </h2>
      {held.length === 0 ? (
        <p className="nhsuk-body">{`${name} holds no roles in ${scope.label}.`}</p>
      ) : (
        <Table
          caption={`Roles ${name} holds in ${scope.label}`}
          head={['Role', ACTION_HEADER]}
          rowHeaders
          rowKeys={held.map((grantHeld) => grantHeld.role)}
          rows={held.map((grantHeld) => [
            ROLE_LABELS[grantHeld.role],
            grantHeld.role !== 'STAFF' && (
              <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0" disabled={revoke.running} onClick={() => void revokeRole(grantHeld.role)}>
                Revoke<span className="nhsuk-u-visually-hidden"> {ROLE_LABELS[grantHeld.role]}</span>
              </button>
            ),
          ])}
        />
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Select
          id="role"
          label={`Grant ${name} a role in ${scope.label}`}
          error={missing ? 'Select a role to grant' : apiRoleError}
          value={role}
          onChange={(event) => setRole(event.target.value as Role | '')}
          options={[{ value: '', label: 'Choose a role' }, ...grantableRoles(scope.kind).filter((candidate) => !held.some((grantHeld) => grantHeld.role === candidate)).map((candidate) => ({ value: candidate, label: ROLE_LABELS[candidate] }))]}
        />
        <div className="nhsuk-button-group">
          <Button disabled={grant.running}>Grant role</Button>
          <Button type="button" secondary onClick={onBack}>
            Back to the people found
          </Button>
        </div>
      </form>
    </section>
  );
}

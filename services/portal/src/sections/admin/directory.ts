export const DIRECTORY = `query AdminDirectory {
  organisations { id name kind odsCode sites { id name } directorates { id name } lawfulBasis { basis recordedOn } }
  consortia { id name members { id name kind odsCode } }
}`;

export interface DirectoryOrganisation {
  id: string;
  name: string;
  kind: string;
  odsCode: string | null;
  sites: { id: string; name: string }[];
  directorates: { id: string; name: string }[];
  lawfulBasis: { basis: string; recordedOn: string } | null;
}

export interface Directory {
  organisations: DirectoryOrganisation[];
  consortia: { id: string; name: string; members: { id: string; name: string; kind: string; odsCode: string | null }[] }[];
}

const KINDS: Record<string, string> = {
  NHS_TRUST: 'NHS trust',
  ICB: 'Integrated care board',
  GP_PRACTICE: 'GP practice',
  POLICE: 'Police',
  FIRE_AND_RESCUE: 'Fire and rescue',
  LOCAL_AUTHORITY: 'Local authority',
  SCHOOL: 'School',
  OTHER: 'Other',
};
export const kindLabel = (kind: string): string => KINDS[kind] ?? kind;

import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ETHNICITY_LABELS } from './ethnicity';

export enum EthnicityType {
  ASIAN_OR_ASIAN_BRITISH = 'asian_or_asian_british',
  BLACK_BLACK_BRITISH_CARIBBEAN_OR_AFRICAN = 'black_black_british_caribbean_or_african',
  MIXED_OR_MULTIPLE = 'mixed_or_multiple',
  WHITE = 'white',
  OTHER_ETHNIC_GROUP = 'other_ethnic_group',
  PREFER_NOT_TO_SAY = 'prefer_not_to_say',
}
registerEnumType(EthnicityType, {
  name: 'Ethnicity',
  description: 'The ONS 2021 census high-level ethnic groups',
  valuesMap: Object.fromEntries(Object.entries(EthnicityType).map(([name, value]) => [name, { description: ETHNICITY_LABELS[value] }])),
});

@ObjectType({ description: 'Your own equality-monitoring record. Only you can read or change it; analytics reports it only in aggregate.' })
export class EqualityMonitoring {
  @Field(() => EthnicityType, { nullable: true, description: 'Null until you record it' }) ethnicity!: EthnicityType | null;
  @Field({ description: 'True while you object to your ethnicity being analysed, even in aggregate' }) objecting!: boolean;
  @Field(() => String, { nullable: true, description: "Your organisation's lawful basis for analysing it; null while it has none" })
  organisationLawfulBasis!: string | null;
}

import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'What an import changed. A file with any bad row imports nothing: STAFF_IMPORT_REJECTED lists every row' })
export class StaffImportResult {
  @Field(() => Int) registered!: number;
  @Field(() => Int, { description: 'Details corrected (name, email, shift pattern)' }) updated!: number;
  @Field(() => Int, { description: 'New role, band, site, directorate or manager' }) moved!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => Int) sitesCreated!: number;
  @Field(() => Int) directoratesCreated!: number;
}

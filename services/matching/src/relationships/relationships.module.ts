import { Module } from '@nestjs/common';
import { ApproveProposal } from './approve-proposal';
import { RelationshipCommands } from './relationship.commands';
import { RelationshipResolver } from './relationship.resolver';

@Module({ providers: [ApproveProposal, RelationshipCommands, RelationshipResolver], exports: [RelationshipCommands] })
export class RelationshipsModule {}

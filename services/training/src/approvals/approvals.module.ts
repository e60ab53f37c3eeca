import { Module } from '@nestjs/common';
import { APPROVAL_POLICY, loadApprovalPolicy } from '../sweeps/approval-policy';
import { ApprovalSweep } from '../sweeps/approval-sweep';
import { DecideManagerApprovalHandler, RequestManagerApprovalHandler } from './approval.handlers';
import { ApprovalResolver } from './approval.resolver';

/** Line-manager approval: requests, decisions, and the sweep that expires and reminds. */
@Module({
  providers: [
    { provide: APPROVAL_POLICY, useFactory: () => loadApprovalPolicy(process.env) },
    RequestManagerApprovalHandler,
    DecideManagerApprovalHandler,
    ApprovalResolver,
    ApprovalSweep,
  ],
})
export class ApprovalsModule {}

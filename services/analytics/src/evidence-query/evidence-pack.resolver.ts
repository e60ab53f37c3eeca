import { Inject } from '@nestjs/common';
import { Args, Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Pool } from 'pg';
import { CurrentPrincipal, type Principal } from '@tapestry/auth';
import { DomainError } from '@tapestry/eventsourcing';
import { PG_POOL, ServiceClock } from '@tapestry/nest-kit';
import type { PublishedFigure } from '../disclosure/figures';
import { renderEvidencePackHtml, renderEvidencePackPdf, type EvidencePackData } from '../evidence-pack';
import { AnalyticsProgramme } from '../graphql/analytics-enums';
import { publishTable } from '../disclosure/publish-table';
import { AnalyticsScopeInput } from '../graphql/figure-table.types';
import { programmeLabel } from '../graphql/key-labels';
import { resolveScope } from '../scope/resolve-scope';
import { LIVE_SCHEMA } from '../warehouse/star-schema';
import { evidenceFiguresTable } from './evidence-figures';

@ObjectType({ description: 'A programme’s evidence pack for a year against the ISMCP themes, as HTML and as PDF; every figure suppressed' })
export class EvidencePackResult {
  @Field() fileName!: string;
  @Field() html!: string;
  @Field({ description: 'The PDF, base64-encoded' }) pdfBase64!: string;
}

/** Concerns stay inside supervision (they are never published), so the pack says they are not available here. */
const NOT_AVAILABLE: PublishedFigure = { kind: 'count', value: null, suppressed: false, reason: null, base: null };

@Resolver()
export class EvidencePackResolver {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly clock: ServiceClock,
  ) {}

  @Query(() => EvidencePackResult, { description: 'The evidence pack for a programme and calendar year, generated from the event history' })
  async evidencePack(
    @Args('scope') scope: AnalyticsScopeInput,
    @Args('programme', { type: () => AnalyticsProgramme }) programme: AnalyticsProgramme,
    @Args('year', { type: () => Int }) year: number,
    @CurrentPrincipal() principal: Principal,
  ): Promise<EvidencePackResult> {
    const now = this.clock.now();
    if (!Number.isInteger(year) || year < 2000 || year > now.getUTCFullYear()) {
      throw new DomainError('INVALID_PERIOD', `An evidence pack is for a year from 2000 to ${now.getUTCFullYear()}, got ${year}.`, { field: 'year' });
    }
    const resolved = await resolveScope(this.pool, LIVE_SCHEMA, principal, scope);
    const raw = await evidenceFiguresTable(this.pool, LIVE_SCHEMA, resolved, programme, year, now.toISOString().slice(0, 10));
    // One ungrouped row: nothing to label, so straight through the disclosure gate's own function.
    const published = publishTable(raw);
    const f = published.rows[0].figures;
    const data: EvidencePackData = {
      scopeName: resolved.name,
      programmeName: programmeLabel(programme),
      year,
      generatedAt: now.toISOString(),
      sections: {
        purpose: { statedAims: null, requestsReceived: f.requestsReceived, relationshipsStarted: f.relationshipsStarted },
        selectionAndTraining: {
          completedTraining: f.completedTraining,
          eligibleAtYearEnd: f.eligibleAtYearEnd,
          managerApprovalsGranted: f.managerApprovalsGranted,
          accreditationsAwarded: f.accreditationsAwarded,
        },
        matching: {
          matchingRounds: f.matchingRounds,
          pairsIntroduced: f.pairsIntroduced,
          medianDaysToIntroduction: f.medianDaysToIntroduction,
          introductionsNotProceeded: f.introductionsNotProceeded,
          returnedToNextRound: f.returnedToNextRound,
        },
        supervisionAndEthics: {
          withNamedSupervisor: f.withNamedSupervisor,
          supervisionSessions: f.supervisionSessions,
          supervisionHours: f.supervisionHours,
          concernsRaised: NOT_AVAILABLE,
          concernsResolved: { ...NOT_AVAILABLE, kind: 'rate' },
          coachesPaused: f.coachesPaused,
        },
        reviewAndMeasurement: {
          sessionsHeld: f.sessionsHeld,
          sessionsCancelled: f.sessionsCancelled,
          relationshipsClosed: f.relationshipsClosed,
          goalsAchieved: f.goalsAchieved,
          stillWithEmployerAfterTwelveMonths: f.stillWithEmployerAfterTwelveMonths,
        },
      },
    };
    const slug = `${resolved.name}-${programme}-${year}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    return { fileName: `evidence-pack-${slug}`, html: renderEvidencePackHtml(data), pdfBase64: (await renderEvidencePackPdf(data)).toString('base64') };
  }
}

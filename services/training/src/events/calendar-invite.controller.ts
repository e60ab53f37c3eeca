import { Controller, Get, Inject, NotFoundException, Param, Res } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import { Pool } from 'pg';
import { assertAllowed, CurrentPrincipal, inTransportForm, type Principal } from '@tapestry/auth';
import { PG_POOL } from '@tapestry/nest-kit';
import { canSeeTrainingOf } from '../access/training-access';
import { organisationReachOf } from '../access/organisation-reach.queries';
import { calendarInviteFor } from './calendar-invite';
import { findTrainingEvent } from './training-event.queries';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The invitation as a file a calendar opens: `GET /training-events/:id/invite.ics`, behind the same guard as /graphql. */
@Controller('training-events')
export class CalendarInviteController {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  @Get(':id/invite.ics')
  async invite(@Param('id') id: string, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) response: ServerResponse): Promise<string> {
    const event = UUID.test(id) ? await findTrainingEvent(this.pool, id.toLowerCase()) : null;
    if (!event) throw new NotFoundException({ code: 'NOT_FOUND', message: `No training event with id ${id}.` });
    try {
      assertAllowed(canSeeTrainingOf(principal, await organisationReachOf(this.pool, event.organisationId)), 'see this training event');
    } catch (error) {
      throw inTransportForm(error, 'http');
    }
    const invite = await calendarInviteFor(this.pool, event);
    // Set only once the invitation exists, so an error goes out as JSON under its own content type.
    response.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="training-${event.date}.ics"`);
    return invite;
  }
}

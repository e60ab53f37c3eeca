import { Injectable } from '@nestjs/common';
import { ServiceClock } from '@tapestry/nest-kit';

export { SettableClock } from '@tapestry/nest-kit';

/** The time every supervision command is decided at (see ServiceClock); tests provide a SettableClock in its place. */
@Injectable()
export class SupervisionClock extends ServiceClock {}

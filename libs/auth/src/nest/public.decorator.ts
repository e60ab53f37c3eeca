import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC_KEY = 'tapestry:auth:public';

/**
 * Opens a resolver or controller (or one handler) to callers without a forwarded principal:
 * login, health. Everything else is closed by default. A principal, when sent, is still verified.
 */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC_KEY, true);

import { Module, type DynamicModule } from '@nestjs/common';
import { ReflectionResolver } from './reflection.resolver';
import { REFLECTION_VAULT } from './reflection.tokens';
import { ReflectionVault } from './vault';

@Module({})
export class ReflectionsModule {
  static forRoot(masterKey: Buffer): DynamicModule {
    return { module: ReflectionsModule, providers: [{ provide: REFLECTION_VAULT, useValue: new ReflectionVault(masterKey) }, ReflectionResolver] };
  }
}

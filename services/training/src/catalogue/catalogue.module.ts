import { Module } from '@nestjs/common';
import { CreateCourseHandler } from './course.handlers';
import { CourseResolver } from './course.resolver';

/** The course catalogue. TrainingStore, the clock and the CQRS bus come from the root module. */
@Module({ providers: [CreateCourseHandler, CourseResolver] })
export class CatalogueModule {}

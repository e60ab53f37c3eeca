import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';

/**
 * Counts the query's lexical tokens the way graphql's parser does for `maxTokens`, stopping once
 * past `stopAfter` so an enormous query costs no more to refuse than a small one. Text that does
 * not lex is left to the parser, which reports the syntax error with its position.
 */
export function tokenCount(query: string, stopAfter: number): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (count <= stopAfter && lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
  }
  return count;
}

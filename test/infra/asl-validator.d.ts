// asl-validator 4 ships JavaScript only; this is the part of its API the tests use.
declare module 'asl-validator' {
  interface ValidationResult {
    isValid: boolean;
    errors: Array<{ 'Error code': string; Message: string }>;
    errorsText(separator?: string): string;
  }
  function validator(definition: unknown, options?: { checkPaths: boolean; checkArn: boolean }): ValidationResult;
  export = validator;
}

// A log the services refuse, naming the field so that the form can put the message beside it.
export class LogInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'LogInputError';
  }
}

export function requireWhole(field: string, value: number, min: number, max: number, what: string): void {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new LogInputError(field, `${what} must be a whole number from ${min} to ${max}.`);
}

/** The On-Premises client answered with its error envelope (`{"errors":[{code,title,details}]}`). */
export class OnPremisesError extends Error {
  override readonly name = "OnPremisesError";
  constructor(
    readonly status: number,
    readonly code: number | undefined,
    readonly title: string | undefined,
    readonly details: string | undefined,
  ) {
    super(title ?? `On-Premises client answered HTTP ${status}`);
  }
}

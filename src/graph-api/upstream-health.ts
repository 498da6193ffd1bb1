/**
 * What readiness reports about Meta: once Meta refuses the gateway's own token (code 190) the gateway is
 * not ready (an operator must act) until a call succeeds again.
 */
export class UpstreamHealth {
  private refusedAt: number | undefined;

  tokenRefused(): void {
    this.refusedAt ??= Date.now();
  }

  succeeded(): void {
    this.refusedAt = undefined;
  }

  get ready(): boolean {
    return this.refusedAt === undefined;
  }
}

/** listOrders and findOrders: the staff order desk's lists (being built). */
import type { ResolverEvent } from '../shared/event';
import { AppError, asResult, type LambdaResult } from '../shared/result';

export async function handler(event: ResolverEvent): Promise<LambdaResult<never>> {
  return asResult(async () => {
    throw new AppError('InternalError', `${event.field} is not available yet`);
  });
}

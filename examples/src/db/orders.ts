import knex, { type Knex } from 'knex';

/** Correct: one Knex instance (and pool) for the process. */
export const db = knex({ client: 'pg', connection: process.env.DATABASE_URL, pool: { min: 0, max: 10 } });

/** The audit row is written through the outer instance: it escapes the transaction. */
export async function placeOrder(order: { userId: number; total: number }) {
  await db.transaction(async (trx) => {
    await trx('orders').insert(order);
    await db('audit').insert({ event: 'order', userId: order.userId }); // ❌ concurrency/no-outer-client-in-transaction
  });
}

/** Correct: every statement through the transaction's handle. */
export async function cancelOrder(id: number) {
  await db.transaction(async (trx) => {
    await trx('orders').where({ id }).update({ status: 'cancelled' });
    await trx('audit').insert({ event: 'cancel', orderId: id });
  });
}

/** Two sign-ups with one e-mail both see "absent" and both insert. */
export async function signUp(email: string) {
  const existing = await db('users').where({ email }).first();
  if (!existing) await db('users').insert({ email }); // ❌ concurrency/no-check-then-write
}

/** Correct: the database decides. */
export async function signUpOnce(email: string) {
  await db('users').insert({ email }).onConflict('email').ignore();
}

/** A transaction kept on a long-lived service is shared by every request that uses it. */
export class CheckoutService {
  private trx: Knex.Transaction | undefined;

  async begin() {
    this.trx = await db.transaction(); // ❌ concurrency/no-stored-session
  }

  async commit() {
    await this.trx?.commit();
  }
}

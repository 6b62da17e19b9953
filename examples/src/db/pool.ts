import pg from 'pg';

/** Correct: one pool for the process, created at import. */
export const pool = new pg.Pool({ max: 20, connectionTimeoutMillis: 5_000 });

/** An error in the query leaks the client: after `max` errors every request waits forever. */
export async function findUser(id: number) {
  const client = await pool.connect(); // ❌ concurrency/require-client-release
  const result = await client.query('SELECT * FROM users WHERE id = $1', [id]);
  client.release();
  return result.rows[0];
}

/** Correct: released on every path. */
export async function findOrder(id: number) {
  const client = await pool.connect();
  try {
    const result = await client.query('SELECT * FROM orders WHERE id = $1', [id]);
    return result.rows[0];
  } finally {
    client.release();
  }
}

/** A failed debit leaves the transaction open, holding its locks and its connection. */
export async function transfer(from: number, to: number, amount: number) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN'); // ❌ concurrency/require-transaction-rollback
    await client.query('UPDATE accounts SET balance = balance - $1 WHERE id = $2', [amount, from]);
    await client.query('UPDATE accounts SET balance = balance + $1 WHERE id = $2', [amount, to]);
    await client.query('COMMIT');
  } finally {
    client.release();
  }
}

/** Correct: rolled back before the error goes on. */
export async function refund(orderId: number) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    try {
      await client.query('UPDATE orders SET status = $1 WHERE id = $2', ['refunded', orderId]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  } finally {
    client.release();
  }
}

/** A new pool for every call: 50 concurrent reports open 50 pools and exhaust max_connections. */
export async function dailyReport() {
  const reportPool = new pg.Pool(); // ❌ concurrency/no-pool-per-call
  const result = await reportPool.query('SELECT count(*) FROM orders');
  await reportPool.end();
  return result.rows[0];
}

/** One checked-out client cannot run two queries at once: pg queues them (and warns), the order is undefined. */
export async function orderSummary(id: number) {
  const client = await pool.connect();
  try {
    const [order, items] = await Promise.all([ // ❌ concurrency/no-concurrent-session-use
      client.query('SELECT * FROM orders WHERE id = $1', [id]),
      client.query('SELECT * FROM order_items WHERE order_id = $1', [id]),
    ]);
    return { order: order.rows[0], items: items.rows };
  } finally {
    client.release();
  }
}

/** Correct: the pool gives each query its own connection. */
export async function customerSummary(id: number) {
  const [customer, orders] = await Promise.all([
    pool.query('SELECT * FROM customers WHERE id = $1', [id]),
    pool.query('SELECT * FROM orders WHERE customer_id = $1', [id]),
  ]);
  return { customer: customer.rows[0], orders: orders.rows };
}

/**
 * The labelled corpus of real services: public back-end repositories at pinned
 * commits, and the folders of each that hold its server code (what a user
 * would pass to `concurrency-audit`). Fetched by `fetch.mjs`, never vendored.
 * Unleash and hedgedoc are the speed bench's projects and are not here.
 */
export const REPOS = Object.freeze([
  { name: 'thelounge', repo: 'thelounge/thelounge', commit: '2c511e667d10f4449b3b5c2a4da4336f17993816', paths: ['server'], stack: 'TS · Express · socket.io · sqlite3' },
  { name: 'outline', repo: 'outline/outline', commit: 'd77dcdf853868c5d5fe125c895c9b71f0eff5c68', paths: ['server'], stack: 'TS · Koa · Sequelize · pg · Redis' },
  { name: 'ghostfolio', repo: 'ghostfolio/ghostfolio', commit: 'c542997d27990365b607c7a6c9fe4bc8835a55c8', paths: ['apps/api/src'], stack: 'TS · Nest · Prisma · Redis' },
  { name: 'hoppscotch', repo: 'hoppscotch/hoppscotch', commit: 'afc2cf181c16e56647b099e5d18cfe55710c6cdd', paths: ['packages/hoppscotch-backend/src'], stack: 'TS · Nest · Prisma' },
  { name: 'vendure', repo: 'vendure-ecommerce/vendure', commit: '1633446f4ee203e5e3fbca628bee952893bffa5b', paths: ['packages/core/src'], stack: 'TS · Nest · TypeORM' },
  { name: 'nestjs-realworld', repo: 'lujakob/nestjs-realworld-example-app', commit: 'c1c2cc4e448b279ff083272df1ac50d20c3304fa', paths: ['src'], stack: 'TS · Nest · TypeORM · MySQL' },
  { name: 'joplin', repo: 'laurent22/joplin', commit: 'db966f919ea51f5f32fa454a10c7a64957a4e9de', paths: ['packages/server/src'], stack: 'TS · Koa · Knex · pg' },
  { name: 'uptime-kuma', repo: 'louislam/uptime-kuma', commit: '6398a9581d1c3c427a7536559f47ccf45dac08b4', paths: ['server'], stack: 'JS · Express · socket.io · Knex/redbean · sqlite/MariaDB' },
  { name: 'kutt', repo: 'thedevs-network/kutt', commit: 'fc832d7e7243d5472714e17abfe84b908901e1a7', paths: ['server'], stack: 'JS · Express · Knex · Redis' },
  { name: 'wiki', repo: 'requarks/wiki', commit: '6f042e97cc2d3acda6b6ff611de8e0faacce91c1', paths: ['server'], stack: 'JS · Express · Knex/Objection · GraphQL' },
  { name: 'parse-server', repo: 'parse-community/parse-server', commit: '7ea2a2953e9202d43ddb53ded309fbd26245d45c', paths: ['src'], stack: 'JS (Flow) · Express · MongoDB · pg-promise' },
  { name: 'express-boilerplate', repo: 'hagopj13/node-express-boilerplate', commit: '179ae84efec61b14206d0305d941daed6c6d07f9', paths: ['src'], stack: 'JS · Express · Mongoose' },
  { name: 'saltcorn', repo: 'saltcorn/saltcorn', commit: '4f37a230d2d8390cff6762fdb03feaba63267dbe', paths: ['packages/server', 'packages/saltcorn-data'], stack: 'JS · Express · pg · sqlite' },
]);

// Runs a query of `entente import --emit-sql duckdb` in DuckDB (its library
// for Node, @duckdb/node-api): loads a CSV as the table `events` (every
// column text, empty fields NULL) and saves the result with COPY, as a user would.
// usage: node run_duckdb.mjs TABLE_CSV QUERY_SQL OUT_CSV
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

const [tableCsv, queryPath, outCsv] = process.argv.slice(2);
const quote = (s) => `'${s.replaceAll("'", "''")}'`;
const query = readFileSync(queryPath, 'utf8').trim().replace(/;$/, '');
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
await connection.run(`CREATE TABLE events AS SELECT * FROM read_csv(${quote(tableCsv)}, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')`);
await connection.run(`COPY (${query}) TO ${quote(outCsv)} (HEADER, DELIMITER ',')`);

/**
 * The reference, measured in the same session as debrief (this VM's
 * speed drifts by a fifth over minutes, so a figure from another day does
 * not compare): DuckDB on 2 threads counts the answers of a SurveyMonkey-style
 * export per item and level (read_csv + UNPIVOT + GROUP BY). Run in its own
 * process by scripts/bench.ts; prints {wall, maxRssMb} as JSON, wall time from
 * process start.
 *
 *   node dist/scripts/bench-duckdb.js <export> <answer columns from>
 */
import { DuckDBInstance } from '@duckdb/node-api';

const [file, from] = process.argv.slice(2);
const db = await DuckDBInstance.create(':memory:', { threads: '2' });
const connection = await db.connect();
const source = `read_csv('${file.replace(/'/g, "''")}', header = false, skip = 2, all_varchar = true)`;
const columns = (await connection.runAndReadAll(`SELECT * FROM ${source} LIMIT 0`)).columnNames().slice(Number(from));
const answers = columns.map((c) => `"${c}"`).join(', ');
const counts = await connection.runAndReadAll(`SELECT item, level, count(*) AS n FROM (UNPIVOT (SELECT ${answers} FROM ${source}) ON COLUMNS(*) INTO NAME item VALUE level) GROUP BY ALL`);
if (counts.getRows().length === 0) throw new Error('duckdb counted nothing');
console.log(JSON.stringify({ wall: performance.now() / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024 }));

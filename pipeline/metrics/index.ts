export { wilson, Z95 } from './wilson.js';
export { itemMetrics, levelSides, type ItemMetrics } from './item.js';
export { groupMetrics, type GroupInput, type GroupMetrics } from './group.js';

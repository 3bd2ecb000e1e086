import {
  type FromNode,
  type KyselyPlugin,
  OperationNodeTransformer,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  RawNode,
  type RootOperationNode,
  TableNode,
  type UnknownRow,
} from 'kysely';

/**
 * SQLite's `INDEXED BY` on a table of a query's FROM, which Kysely's builder cannot express. For the
 * rare query whose best index SQLite's planner does not see (it always looks rows up by rowid, even
 * when a much narrower index holds every column the query reads).
 */
export class IndexedBy implements KyselyPlugin {
  readonly #transformer: FromTransformer;
  constructor(table: string, index: string) {
    this.#transformer = new FromTransformer(table, index);
  }
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.#transformer.transformNode(args.node);
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

class FromTransformer extends OperationNodeTransformer {
  constructor(
    private readonly table: string,
    private readonly index: string,
  ) {
    super();
  }
  protected override transformFrom(node: FromNode): FromNode {
    const froms = node.froms.map((from) =>
      TableNode.is(from) && from.table.identifier.name === this.table
        ? RawNode.createWithSql(`"${this.table}" indexed by "${this.index}"`)
        : from,
    );
    return { ...node, froms };
  }
}

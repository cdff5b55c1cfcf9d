/** The file is not one of the CFPB's shapes; nothing in it is read. Messages name columns or shapes, never a value. */
export class NotCfpbExport extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotCfpbExport';
  }
}

// The edtf package ships no types; this covers the part the model uses.
declare module "edtf" {
  interface EdtfValue {
    readonly type: string;
    readonly min: number;
    readonly max: number;
    readonly values: number[];
    readonly precision?: number;
  }
  export default function edtf(text: string): EdtfValue;
}

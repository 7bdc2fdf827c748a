// The contract between a dashboard item's shadow parts and the dashboard's gesture code, in one
// place: the attributes that mark the drag handle, the resize handles (valued `e`, `s` or `se`) and
// the remove button. The item's template spells them out (Lit needs literal attribute names).
export const DATA_HANDLE = 'data-handle';
export const DATA_RESIZE = 'data-resize';
export const DATA_REMOVE = 'data-remove';

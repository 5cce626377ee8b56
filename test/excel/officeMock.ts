import { OfficeMockObject } from "office-addin-mock";

// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose full entry point
// pulls an ES-module-only dependency (strip-bom) that Jest's CommonJS runtime cannot load. Import
// OfficeMockObject from here, never from "office-addin-mock" directly.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));

export { OfficeMockObject };

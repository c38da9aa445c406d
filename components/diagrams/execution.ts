// Diagrams for the lessons on this topic: export each one here.
export {};
